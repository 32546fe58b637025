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
kubectl expose deployment nginx-deployment --port=80
kubectl get svc,endpoints
kubectl get endpointslices
kubectl describe svc nginx-deployment
kubectl run client --image=busybox -- sleep 3600
kubectl wait --for=condition=Ready pod/client
kubectl get pods -o wide
kubectl exec client -- env | grep NGINX
kubectl exec client -- nslookup nginx-deployment
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST | grep title'
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST >/dev/null'
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST >/dev/null'
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST >/dev/null'
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST >/dev/null'
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST >/dev/null'
kubectl logs -l app=nginx --prefix
kubectl get endpoints nginx-deployment -o jsonpath='{range .subsets[*].addresses[*]}{.ip} {.targetRef.name}{"\n"}{end}'
kubectl delete pod -l app=nginx --wait=false
sleep 5
kubectl get svc nginx-deployment
kubectl get endpoints nginx-deployment -o jsonpath='{range .subsets[*].addresses[*]}{.ip} {.targetRef.name}{"\n"}{end}'
lab ssh node01
iptables -t nat -L KUBE-SERVICES -n
iptables-save -t nat | grep nginx-deployment
exit
kubectl scale deployment nginx-deployment --replicas=0
sleep 2
kubectl get endpoints,endpointslices
kubectl exec client -- sh -c 'wget -qO- http://$NGINX_DEPLOYMENT_SERVICE_HOST'
kubectl exec client -- nslookup nope
