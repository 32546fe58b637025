kubectl create deployment web --image=nginx:1.25 --replicas=3
kubectl rollout status deployment/web
kubectl get pods -o wide
kubectl drain node01
kubectl get nodes
kubectl drain node01 --ignore-daemonsets
kubectl get pods -o wide
kubectl describe node node01 | grep Taints
kubectl uncordon node01
kubectl taint nodes node02 dedicated=gpu:NoSchedule
kubectl taint nodes node02 dedicated=cpu:NoSchedule
kubectl taint nodes node02 dedicated=cpu:NoSchedule --overwrite
kubectl taint nodes node02 dedicated-
kubectl taint nodes node02 dedicated-
kubectl get nodes
