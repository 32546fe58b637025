kubectl create namespace dev
kubectl create deployment web --image=nginx:1.25 --replicas=2 -n dev
kubectl create configmap settings --from-literal=mode=dev -n dev
kubectl rollout status deployment/web -n dev
kubectl get sa,cm,pods -n dev
kubectl delete namespace dev --wait=false
kubectl get namespace dev
kubectl create configmap late -n dev
sleep 1
kubectl get namespace dev -o jsonpath='{.status.phase}'
echo
sleep 30
kubectl get namespaces
kubectl get pods -n dev
