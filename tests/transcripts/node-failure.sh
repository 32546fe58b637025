# workers: 2
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
kubectl get pods -o wide
lab node stop node01
sleep 60
kubectl get nodes
kubectl get node node01 -o jsonpath='{.spec.taints}'
echo
sleep 320
kubectl get pods -o wide
kubectl get events --field-selector reason=TaintManagerEviction
lab node start node01
sleep 20
kubectl get nodes
kubectl get pods -o wide
