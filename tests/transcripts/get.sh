kubectl get
kubectl get nodes
kubectl get ns
kubectl get svc -A -o wide
kubectl get all -A
kubectl get cm -n kube-system
kubectl get pods
kubectl get po nope
kubectl get foo
kubectl get pods pod/x
cat <<EOF > pods.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web-10
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: web-9
  labels:
    app: web
    tier: front
spec:
  containers:
  - name: nginx
    image: nginx
EOF
kubectl create -f pods.yaml
kubectl get -f pods.yaml
kubectl get po,svc
kubectl get all
kubectl get pods web-9 web-8
kubectl get pods --sort-by=.metadata.name -L tier --show-labels
kubectl get pods -l 'app in (web'
kubectl get pods -l tier=front -o name
kubectl get pods --field-selector metadata.name=web-9 --no-headers
kubectl get pods --field-selector spec.foo=bar
kubectl get svc kubernetes -o yaml
kubectl get svc kubernetes -o json
kubectl get svc kubernetes -o name
kubectl get svc kubernetes -o jsonpath='{.spec.clusterIP}{"\n"}'
kubectl get svc,ns -o custom-columns=NAME:.metadata.name,KIND:.kind
kubectl get cm -o yaml
kubectl get pods -o foo
timeout 5 kubectl get pods -w
