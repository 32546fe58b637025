cat <<EOF > nginx-deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  replicas: 2
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.7.9
        ports:
        - containerPort: 80
EOF
kubectl apply -f nginx-deployment.yaml
kubectl rollout status deployment/nginx-deployment
kubectl get deploy,rs,po
kubectl delete pod -l app=nginx --wait=false
sleep 5
kubectl get po
kubectl scale deployment nginx-deployment --replicas=4
kubectl rollout status deployment nginx-deployment
kubectl get deploy,rs
kubectl set image deployment/nginx-deployment nginx=nginx:1.9.1
kubectl rollout status deployment/nginx-deployment
kubectl get rs
kubectl rollout history deployment/nginx-deployment
kubectl rollout undo deployment/nginx-deployment
kubectl rollout status deployment/nginx-deployment
kubectl get rs
kubectl rollout history deployment/nginx-deployment
kubectl get events --field-selector involvedObject.kind=Deployment
