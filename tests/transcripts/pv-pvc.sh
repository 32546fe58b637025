cat <<EOF > pv.yaml
apiVersion: v1
kind: PersistentVolume
metadata:
  name: task-pv-volume
  labels:
    type: local
spec:
  storageClassName: manual
  capacity:
    storage: 10Gi
  accessModes:
  - ReadWriteOnce
  hostPath:
    path: /mnt/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: task-pv-claim
spec:
  storageClassName: manual
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 3Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
EOF
kubectl apply -f pv.yaml
kubectl get pv
kubectl get pvc
kubectl describe pvc data
cat <<EOF > writer.yaml
apiVersion: v1
kind: Pod
metadata:
  name: writer
spec:
  volumes:
  - name: d
    persistentVolumeClaim:
      claimName: data
  containers:
  - name: writer
    image: busybox:1.37
    command: ["sh", "-c", "echo hello > /data/greeting; sleep 3600"]
    volumeMounts:
    - name: d
      mountPath: /data
EOF
kubectl apply -f writer.yaml
sleep 10
kubectl get pvc data
kubectl get pv
kubectl get pvc data -o jsonpath='{.metadata.annotations.volume\.kubernetes\.io/selected-node}'
echo
kubectl delete pod writer --now
cat <<EOF > reader.yaml
apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  volumes:
  - name: d
    persistentVolumeClaim:
      claimName: data
  containers:
  - name: reader
    image: busybox:1.37
    command: ["sh", "-c", "sleep 3600"]
    volumeMounts:
    - name: d
      mountPath: /data
EOF
kubectl apply -f reader.yaml
sleep 10
kubectl get pods -o wide
kubectl exec reader -- cat /data/greeting
kubectl delete pod reader --now
kubectl delete pvc task-pv-claim data
sleep 5
kubectl get pv
