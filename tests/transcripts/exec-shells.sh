cat <<'YAML' > web.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.25
  - name: sidecar
    image: busybox:1.37
    command: ["sleep", "3600"]
YAML
kubectl apply -f web.yaml
sleep 30
kubectl get pod web -o wide
kubectl exec web -- hostname
kubectl exec web -c nginx -- hostname
kubectl exec web -c sidecar -- hostname
kubectl exec web -c nginx -- hostname -i
kubectl exec web -c sidecar -- ip addr show eth0
kubectl exec -it web -c sidecar -- sh
ps
wget -qO- localhost | head -4
wget -qO- http://localhost:8080
wget -qO- http://nginx-svc
hostname
ls /proc | head -3
exit
kubectl exec -it web -c nginx -- bash
cat /proc/1/status | head -1
ls /proc | head -3
cat /etc/os-release | head -1
exit
kubectl exec -it web -c nginx -- sh
echo $0
ps
top
exit 2
kubectl exec web -c nginx -- sh -c 'ps aux'
kubectl exec -it web -c sidecar -- bash
kubectl exec -it web -c sidecar sh
kubectl exec web -c sidecar -- cat /sys/fs/cgroup/memory.max
kubectl logs web -c nginx --tail=1
