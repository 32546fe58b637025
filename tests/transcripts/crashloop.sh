kubectl run crash --image=busybox --restart=Always -- sh -c 'echo starting; exit 1'
sleep 3
kubectl get pods
sleep 5
kubectl get pods
sleep 15
kubectl get pods
sleep 30
kubectl get pods
sleep 60
kubectl get pods
kubectl describe pod crash
kubectl logs crash
kubectl logs crash --previous
