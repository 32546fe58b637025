cat <<'YAML' > memory-demo.yaml
apiVersion: v1
kind: Pod
metadata:
  name: memory-demo-2
spec:
  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests:
        memory: "50Mi"
      limits:
        memory: "100Mi"
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
YAML
kubectl apply -f memory-demo.yaml
sleep 10
kubectl get pod memory-demo-2
kubectl get pod memory-demo-2 -o yaml
sleep 20
kubectl get pod memory-demo-2
kubectl describe pod memory-demo-2
