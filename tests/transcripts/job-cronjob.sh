kubectl create job pi --image=busybox:1.37 -- sh -c "echo 3.14159265358979323846264338327950288419716939937510"
kubectl get jobs
sleep 10
kubectl get jobs
kubectl get pods
kubectl logs job/pi
kubectl describe job pi
kubectl create job fail --image=busybox:1.37 -- sh -c "exit 1"
kubectl patch job fail --type=merge -p '{"spec":{"backoffLimit":2}}'
sleep 120
kubectl get jobs fail
kubectl get pods -l job-name=fail
kubectl get events --field-selector involvedObject.name=fail
kubectl create cronjob hello --image=busybox:1.37 --schedule="*/1 * * * *" -- sh -c "date; echo Hello from the Kubernetes cluster"
kubectl get cronjob hello
sleep 60
kubectl get cronjob hello
kubectl get jobs -l batch.kubernetes.io/job-name!=pi,batch.kubernetes.io/job-name!=fail
sleep 60
sleep 60
sleep 60
sleep 60
kubectl get jobs
kubectl get cronjob hello
kubectl get events --field-selector involvedObject.kind=CronJob
