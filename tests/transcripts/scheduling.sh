cat <<EOF > big.yaml
apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: nginx
    resources:
      requests:
        cpu: "5"
EOF
kubectl create -f big.yaml
kubectl get pod big
kubectl describe pod big
cat <<EOF > ssd.yaml
apiVersion: v1
kind: Pod
metadata:
  name: ssd
spec:
  nodeSelector:
    disktype: ssd
  containers:
  - name: app
    image: nginx
EOF
kubectl create -f ssd.yaml
kubectl get events --field-selector involvedObject.name=ssd
kubectl label node node02 disktype=ssd
sleep 2
kubectl get pod ssd -o wide
kubectl get events --field-selector involvedObject.name=ssd
cat <<EOF > pinned.yaml
apiVersion: v1
kind: Pod
metadata:
  name: pinned
spec:
  nodeName: node01
  containers:
  - name: app
    image: nginx
EOF
kubectl create -f pinned.yaml
kubectl get pod pinned -o wide
kubectl get events --field-selector involvedObject.name=pinned
