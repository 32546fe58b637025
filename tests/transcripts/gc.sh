kubectl create deployment web --image=nginx:1.25 --replicas=2
kubectl rollout status deployment/web
kubectl get deploy,rs,pods
kubectl delete deployment web
sleep 5
kubectl get deploy,rs,pods
kubectl create deployment api --image=nginx:1.25 --replicas=2
kubectl rollout status deployment/api
kubectl delete deployment api --cascade=orphan
sleep 5
kubectl get deploy,rs,pods
kubectl get rs -o jsonpath='{.items[0].metadata.ownerReferences}'
echo
