kubectl create secret generic db-user-pass --from-literal=username=admin --from-literal=password='S!B\*d$zDsb='
kubectl get secret db-user-pass -o jsonpath='{.data.password}' | base64 --decode
echo
kubectl get secret db-user-pass -o jsonpath='{.data.username}' | base64 -d; echo
echo -n 'admin' | base64
echo -n 'S!B\*d$zDsb=' | base64
kubectl get secret db-user-pass -o jsonpath='{.data.password}' | base64 -d | wc -c
echo 'YWRt!aW4=' | base64 -d; echo " (status $?)"
kubectl create deployment web --image=nginx --replicas=3
kubectl run db --image=redis
sleep 20
kubectl get pods -o name | cut -d/ -f2 | sort
kubectl get pods -o name | cut -d/ -f2 | sort -r | head -n 2
kubectl get pods --no-headers | awk '{print $1, $3}'
kubectl get pods -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}' | sort | uniq -c
kubectl get pods -o name | xargs -n 2 echo
kubectl get pods -l app=web -o name | tee web-pods.txt | wc -l
cat web-pods.txt | tr / ' '
printf '%-20s %s\n' NAME IMAGE web nginx db redis
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}' | tr a-z A-Z; echo
kubectl run bb --image=busybox -- sleep 3600
sleep 10
kubectl exec bb -- sh -c 'echo -n admin | base64'
kubectl exec bb -- sh -c 'echo YWRtaW4= | base64 -d; echo'
kubectl exec db -- sh -c 'printf "%s\n" b a | sort'
