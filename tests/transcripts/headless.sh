cat <<EOF > mysql.yaml
apiVersion: v1
kind: Service
metadata:
  name: mysql
spec:
  clusterIP: None
  selector:
    app: mysql
  ports:
  - port: 3306
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mysql
spec:
  serviceName: mysql
  replicas: 2
  selector:
    matchLabels:
      app: mysql
  template:
    metadata:
      labels:
        app: mysql
    spec:
      containers:
      - name: mysql
        image: mysql:8.0
        env:
        - name: MYSQL_ROOT_PASSWORD
          value: password
        ports:
        - containerPort: 3306
EOF
kubectl apply -f mysql.yaml
kubectl run client --image=busybox -- sleep 3600
sleep 60
kubectl get svc mysql
kubectl get pods -o wide
kubectl get endpoints mysql
kubectl exec client -- nslookup mysql
kubectl exec client -- nslookup mysql-0.mysql
kubectl exec client -- nslookup mysql-1.mysql.default.svc.cluster.local
kubectl exec client -- nslookup mysql-5.mysql
lab ssh node01
iptables-save -t nat | grep -c mysql
exit
