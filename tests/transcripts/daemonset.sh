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
        image: busybox:1.37
        command: ["sh", "-c", "sleep 3600"]
EOF
lab node stop node02
sleep 60
kubectl taint nodes node02 example.com/maintenance=true:NoExecute
kubectl apply -f agent.yaml
sleep 10
kubectl get ds agent
kubectl get pods -o wide
kubectl taint nodes node02 example.com/maintenance-
lab node start node02
sleep 30
kubectl get nodes
kubectl get ds agent
kubectl get pods -o wide
kubectl get events --field-selector involvedObject.kind=DaemonSet
kubectl delete ds agent
