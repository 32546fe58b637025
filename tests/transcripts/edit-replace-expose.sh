cat <<EOF2 > nginx-deployment.yaml
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
EOF2
kubectl create -f nginx-deployment.yaml
kubectl set image deployment/nginx-deployment nginx=nginx:1.9.1
kubectl set image deployment/nginx-deployment nginx=nginx:1.9.1
kubectl set image deployment/nginx-deployment x=nginx:1.9.1
kubectl set image deployment/nginx-deployment '*=nginx:1.9.2'
kubectl set image deploy -l app=nginx nginx=nginx:1.9.3 a=b
kubectl set image deployment/nginx-deployment
kubectl set image deploy/nope nginx=c
kubectl set image deploy/nginx-deployment nginx=
kubectl set env deploy/nginx-deployment MODE=dev
kubectl set env deploy/nginx-deployment --list
kubectl expose deployment/nginx-deployment --port=80 --dry-run=client -o yaml
kubectl expose deployment nginx-deployment --port=80 --target-port=8080 --type=NodePort --name=web --protocol=UDP --dry-run=client -o yaml
kubectl expose deployment nginx-deployment
kubectl expose deployment nginx-deployment --port=80
kubectl get svc nginx-deployment
kubectl expose deploy
kubectl expose deploy/nope --port=80
kubectl expose deploy nginx-deployment --port=80 --type=Foo --name=z
kubectl expose deploy nginx-deployment --port=abc --name=z2
kubectl expose configmap kube-root-ca.crt --port=80
sed -i 's/replicas: 2/replicas: 3/' nginx-deployment.yaml
kubectl replace -f nginx-deployment.yaml
kubectl get deploy nginx-deployment -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image}'
echo
kubectl replace -f nope.yaml
kubectl replace
kubectl replace --grace-period=5 -f nginx-deployment.yaml
kubectl replace --force -f nginx-deployment.yaml
kubectl edit deploy nginx-deployment
KUBE_EDITOR="sed -i s/nginx:1.7.9/nginx:1.9.1/" kubectl edit deploy nginx-deployment
kubectl get deploy nginx-deployment -o jsonpath='{.spec.template.spec.containers[0].image}'
echo
KUBE_EDITOR="sed -i s/nginx:1.9.1/nginx:1.9.1/" kubectl edit deploy/nginx-deployment
KUBE_EDITOR="sed -i s/image:.*/image:/" kubectl edit deploy/nginx-deployment
KUBE_EDITOR="sed -n p" kubectl edit deploy/nope
