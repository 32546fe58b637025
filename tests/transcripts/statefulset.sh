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
  replicas: 1
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
          value: secret
        ports:
        - containerPort: 3306
        volumeMounts:
        - name: mysql-storage
          mountPath: /var/lib/mysql
  volumeClaimTemplates:
  - metadata:
      name: mysql-storage
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
EOF
kubectl get storageclass
kubectl apply -f mysql.yaml
kubectl wait --for=condition=Ready pod/mysql-0 --timeout=60s
sleep 10
kubectl get statefulset mysql
kubectl get pods -l app=mysql -o wide
kubectl get pvc
kubectl get pv
kubectl exec mysql-0 -- mysql -uroot -psecret -e "CREATE DATABASE shop"
kubectl exec mysql-0 -- mysql -uroot -psecret -e "SHOW DATABASES"
kubectl delete pod mysql-0
kubectl get pods -l app=mysql
sleep 15
kubectl get pods -l app=mysql -o wide
kubectl exec mysql-0 -- mysql -uroot -psecret -e "SHOW DATABASES"
kubectl scale statefulset mysql --replicas=3
kubectl get pods -l app=mysql
sleep 20
kubectl get pods -l app=mysql
sleep 40
kubectl get pods -l app=mysql -o wide
kubectl get pvc
kubectl get events --field-selector involvedObject.kind=StatefulSet
kubectl describe statefulset mysql
kubectl scale statefulset mysql --replicas=1
sleep 60
kubectl get pods -l app=mysql
kubectl get pvc
kubectl get controllerrevisions
