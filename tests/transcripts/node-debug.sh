kubectl debug node/node01 -it --image=busybox
hostname
ls /host
chroot /host
ps -ef | grep -E 'kubelet|containerd$'
crictl pods --name node-debugger
exit
exit
sleep 2
kubectl get pods
kubectl get pod -l '!x' -o jsonpath='{.items[0].spec.hostPID} {.items[0].spec.volumes[0].hostPath.path} {.items[0].status.containerStatuses[0].state.terminated.reason}'; echo
kubectl debug node/node09 -it --image=busybox
kubectl debug node/node01
