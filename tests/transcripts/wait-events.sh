kubectl create deployment web --image=nginx:1.7.9
kubectl wait deploy/web
kubectl wait --for=foo deploy/web
kubectl wait --for=condition=Ready
kubectl wait --for=condition=Available deploy/web --timeout=60s
kubectl wait --for=condition=Available=false deploy/web --timeout=2s
kubectl wait --for=jsonpath='{.status.readyReplicas}'=1 deploy/web
kubectl wait --for=jsonpath='{.spec.replicas' deploy/web
kubectl wait --for=condition=Ready pod -l app=web
kubectl wait --for=condition=Ready pod/nope
kubectl wait --for=delete pod/nope --timeout=1s
kubectl wait --for=create pod/nope --timeout=1s
kubectl events --for deploy/web
kubectl events --for rs/nope
kubectl events --types=Warning
kubectl events --types=Bad
kubectl events --for web
kubectl events -n kube-public
kubectl events -A --for node/node01 --types=normal
