cat <<EOF > nginx-deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 2
  selector:
    matchLabels:
      app: nginx
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
kubectl create -f nginx-deployment.yaml
kubectl create -f nginx-deployment.yaml
kubectl apply -f nginx-deployment.yaml
cat <<EOF > nginx-deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.9.1
        ports:
        - containerPort: 80
EOF
kubectl apply -f nginx-deployment.yaml
kubectl apply -f nginx-deployment.yaml
kubectl get deploy nginx-deployment -o jsonpath='{.metadata.annotations}'
kubectl create -f nope.yaml
cat <<EOF > bad.yaml
apiVersion: v1
kind: Pod
metadata:
  name: x
  labels: [a
EOF
kubectl create -f bad.yaml
cat <<EOF > foo.yaml
apiVersion: v1
kind: Foo
metadata:
  name: x
EOF
kubectl create -f foo.yaml
kubectl apply -f foo.yaml
cat <<EOF > nokind.yaml
metadata:
  name: x
EOF
kubectl create -f nokind.yaml
kubectl create -f nokind.yaml --validate=false
cat <<EOF > invalid.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: x
spec:
  replicas: -1
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.7.9
EOF
kubectl create -f invalid.yaml
kubectl apply -f invalid.yaml
cat <<EOF | kubectl create -f -
apiVersion: v1
kind: ConfigMap
metadata:
  name: a
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
EOF
kubectl create -f - -o yaml --dry-run=client --save-config <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
EOF
kubectl create
kubectl create foo
kubectl create deployment web --image=nginx:1.7.9 --replicas=2 --port=80 --dry-run=client -o yaml
kubectl create deployment web
kubectl create deployment web --image=nginx --dry-run=foo
kubectl create deployment web --image=nginx -o foo
kubectl create namespace dev
kubectl create configmap app-config --from-literal=mode=prod --from-literal=level=2
kubectl create secret generic db --from-literal=password=s3cret -o yaml --dry-run=client
kubectl create service clusterip web --tcp=80:8080 --dry-run=client -o yaml
