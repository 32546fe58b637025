kubectl run nginx --image=nginx --port=80 --env=MODE=dev --labels=app=web,tier=fe --dry-run=client -o yaml
kubectl run busy --image=busybox --restart=Never --dry-run=client -o yaml --command -- sleep 3600
kubectl run nginx --image=nginx
kubectl run nginx --image=nginx
kubectl run
kubectl create deployment web --image=nginx:1.7.9 --replicas=2
kubectl scale deployment web --replicas=3
kubectl scale deployment web --replicas=1 --current-replicas=2
kubectl scale deployment web
kubectl scale deployment nope --replicas=2
kubectl scale deploy/web --replicas=0 -o name
