cat <<EOF > cms.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  labels:
    app: demo
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
  labels:
    app: demo
EOF
kubectl create -f cms.yaml
kubectl delete -f cms.yaml
kubectl delete -f cms.yaml
kubectl create -f cms.yaml
kubectl delete cm -l app=demo
kubectl delete cm -l app=demo
kubectl create -f cms.yaml
kubectl delete cm a c
kubectl delete configmap/b --dry-run=client
kubectl delete cm b
kubectl delete pods --all
kubectl delete cm --all -l app=demo
kubectl delete cm
kubectl delete
kubectl delete cm nope --ignore-not-found
kubectl run nginx --image=nginx
kubectl delete pod nginx --now --force
kubectl delete pod nginx --grace-period=0 --force
kubectl create deployment web --image=nginx
kubectl delete deploy web --cascade=foo
kubectl create deployment api --image=nginx
kubectl delete deploy --all --dry-run=client
kubectl delete deploy web --cascade=orphan --wait=false -o name
kubectl delete deploy api --wait=false
