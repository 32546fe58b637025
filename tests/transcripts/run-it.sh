kubectl run tmp -it --image=busybox --rm --restart=Never -- sh
hostname
head -1 /etc/resolv.conf
exit
kubectl get pods
kubectl run shell -it --image=busybox
echo "first session" > /tmp/note
exit
sleep 15
kubectl get pod shell
kubectl attach shell -it
cat /tmp/note || echo "a restarted container starts from its image"
exit
kubectl attach shell -c other -it
kubectl run code -it --image=busybox --restart=Never
exit 7
echo "exit status $?"
kubectl attach code -it
kubectl run hello -i --image=busybox --restart=Never --rm -- echo hello from the pod
kubectl run x --image=busybox --rm
kubectl run x --image=busybox -t -- sh
kubectl run x --image=busybox -it --dry-run=client -o yaml
kubectl run x --image=busybox -it --attach=false --dry-run=client -o yaml
kubectl attach
kubectl attach pod code
kubectl attach deploy/nope
kubectl delete pod shell code --now
