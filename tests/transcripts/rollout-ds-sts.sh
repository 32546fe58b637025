cat <<EOF > agent.yaml
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: busybox:1.28
        command: ["sh", "-c", "sleep 3600"]
EOF
cat <<EOF > web.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports:
        - containerPort: 80
          name: web
EOF
kubectl apply -f agent.yaml -f web.yaml
kubectl rollout status ds/agent
kubectl rollout status sts/web
kubectl set image ds/agent agent=busybox:1.37
kubectl rollout status daemonset agent
kubectl annotate sts web kubernetes.io/change-cause="nginx 1.27"
kubectl set image sts/web nginx=nginx:1.27
kubectl rollout status statefulset/web
kubectl get controllerrevisions
kubectl rollout history ds/agent
kubectl rollout history ds/agent --revision=1
kubectl rollout history sts/web
kubectl rollout history sts/web --revision=2
kubectl rollout undo ds/agent --to-revision=2
kubectl rollout undo ds/agent
kubectl rollout status ds/agent --watch=false
kubectl rollout status ds/agent
kubectl rollout history ds/agent
kubectl get ds agent -o wide
kubectl rollout undo sts/web --to-revision=5
kubectl rollout undo sts/web --dry-run=client
kubectl rollout restart sts/web
kubectl rollout status sts/web
kubectl get pods -l app=web
kubectl rollout pause ds/agent
kubectl rollout status ds/kube-proxy -n kube-system
