kubectl create serviceaccount build-bot
kubectl create sa build-bot
kubectl create sa deployer -n kube-system --dry-run=client -o yaml
kubectl get serviceaccounts
cat > tls.crt <<'EOF'
-----BEGIN CERTIFICATE-----
MIIBizCCATGgAwIBAgIUBglldaUl8jGOle07sz/OwQmXOkYwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPd3d3LmV4YW1wbGUuY29tMCAXDTI2MTEyNTE4MzAzNVoYDzIx
MjYxMTAxMTgzMDM1WjAaMRgwFgYDVQQDDA93d3cuZXhhbXBsZS5jb20wWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAAQ0gXzfkMxqgCMbw5Vaz5Ti7mCQOGwhVZymEOP1
qoguv/xE66MmJo/JtFRjrN7Ktti4136pzDHDCn27mYiirdN8o1MwUTAdBgNVHQ4E
FgQUehBLGQ1QjOJHaFDdCc+/sNxDRbQwHwYDVR0jBBgwFoAUehBLGQ1QjOJHaFDd
Cc+/sNxDRbQwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiBmporV
h97xAhGOWvq/bB7hCZlGXMYWEGNM6ugW1nBqpwIhAMNsMisLmgVIYHwBuMgmo5H0
PXy5x7CMNwyhRcBH93Ou
-----END CERTIFICATE-----
EOF
cat > tls.key <<'EOF'
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIJlVRow4ZHQKkcU0Vtycbcd1lGVnt9jQSxbQsHYZoFLHoAoGCCqGSM49
AwEHoUQDQgAENIF835DMaoAjG8OVWs+U4u5gkDhsIVWcphDj9aqILr/8ROujJiaP
ybRUY6zeyrbYuNd+qcwxwwp9u5mIoq3TfA==
-----END EC PRIVATE KEY-----
EOF
kubectl create secret tls web-tls --cert=tls.crt --key=tls.key
kubectl create secret tls web-tls --cert=tls.key --key=tls.crt
kubectl create secret tls web-tls --cert=web.crt --key=tls.key
kubectl create secret tls web-tls --cert=tls.crt
kubectl create secret generic db-creds --from-literal=username=admin --from-literal=password='s3cr3t!'
kubectl create secret generic db-creds --from-literal=username=admin
cat > app.env <<'EOF'
DB_HOST=db
# the port
DB_PORT=5432
EOF
kubectl create secret generic app-env --from-env-file=app.env --dry-run=client -o yaml
kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=dev --docker-password=pa55 --docker-email=dev@example.com
kubectl get secrets
kubectl describe secret web-tls
kubectl create service loadbalancer web --tcp=80:8080
kubectl create service loadbalancer api
kubectl create service externalname db --external-name=db.example.com
kubectl create service externalname cache --external-name=Redis_Host
kubectl get services
kubectl create cronjob backup --image=busybox:1.37 --schedule="*/5 * * * *" --dry-run=client -o yaml -- sh -c "echo backup"
kubectl create cronjob backup --image=busybox:1.37 --schedule="*/5 * * * *" -- sh -c "echo backup"
kubectl get cronjobs
kubectl create role pod-reader --verb=get --resource=pods
kubectl create pdb web --selector=app=web --min-available=1
