kubectl get nodes
kubectl get pods -A
kubectl run nginx --image=nginx:1.7.9
kubectl get pods
kubectl logs nginx
sleep 10
kubectl get pods -o wide
kubectl describe pod nginx
kubectl logs nginx
kubectl logs nginx -c web
kubectl exec nginx -- cat /etc/hostname
kubectl exec nginx -- ls /nope
kubectl delete pod nginx
kubectl get pods
kubectl logs nginx
