cat <<'YAML' > pods.yaml
apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  nodeSelector:
    kubernetes.io/hostname: node01
  containers:
  - name: nginx
    image: nginx:1.25
---
apiVersion: v1
kind: Pod
metadata:
  name: box
spec:
  nodeSelector:
    kubernetes.io/hostname: node02
  containers:
  - name: box
    image: busybox
    command: ["sleep", "3600"]
YAML
kubectl apply -f pods.yaml
sleep 30
kubectl get pods -o wide
kubectl exec box -- ps
kubectl exec box -- hostname
kubectl exec nginx -- ps
lab ssh node02
hostname
ps aux | grep 'sleep 3600'
ps -ef | grep -E 'shim|pause$' | head -4
crictl ps
crictl pods
lsns -t pid
unshare --pid --fork --mount-proc sh
ps
echo $$
exit
unshare --pid --fork sh
echo $$
ps aux | tail -3
exit
unshare --uts sh
hostname container-by-hand
hostname
exit
hostname
mkdir /sys/fs/cgroup/demo
ls /sys/fs/cgroup/demo
echo 100M > /sys/fs/cgroup/demo/memory.max
cat /sys/fs/cgroup/demo/memory.max
echo $$ > /sys/fs/cgroup/demo/cgroup.procs
cat /proc/self/cgroup
stress --vm 1 --vm-bytes 200M --timeout 10s
echo $?
cat /sys/fs/cgroup/demo/memory.events
dmesg | tail -3
free -m
exit
lab ssh node01
ps aux | grep nginx
crictl images
systemctl status containerd | head -12
journalctl -u kubelet | tail -3
exit
