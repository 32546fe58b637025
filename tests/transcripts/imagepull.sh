kubectl run web --image=nginx:1.99
sleep 2
kubectl get pods
sleep 3
kubectl get pods
kubectl logs web
sleep 30
kubectl describe pod web
