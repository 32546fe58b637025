kubectl describe
kubectl describe svc kubernetes
kubectl describe ns default
kubectl describe svc nope
kubectl describe foo bar
kubectl describe pods
cat <<EOF > web.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
EOF
kubectl create -f web.yaml
kubectl describe -f web.yaml
kubectl describe pods we
kubectl describe pod/web --show-events=false
kubectl describe svc -n kube-system -l k8s-app=kube-dns
kubectl describe pods web nope
