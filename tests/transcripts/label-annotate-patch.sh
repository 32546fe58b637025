kubectl run nginx --image=nginx --labels=app=nginx
kubectl label pod nginx tier=frontend
kubectl label pod nginx app=web
kubectl label pod nginx app=web --overwrite
kubectl label pod nginx app=web
kubectl label pod nginx --list
kubectl label pod nginx tier-
kubectl label pod nginx
kubectl label pod nope a=b
kubectl annotate pod nginx description='my web server'
kubectl annotate pod nginx description=other
kubectl annotate pod nginx description=other --overwrite
kubectl annotate pod nginx description-
kubectl patch pod nginx -p '{"metadata":{"labels":{"env":"dev"}}}'
kubectl patch pod nginx -p '{"metadata":{"labels":{"env":"dev"}}}'
kubectl patch pod nginx --type=merge -p '{"metadata":{"labels":{"env":null}}}'
kubectl patch pod nginx --type=json -p '[{"op":"replace","path":"/metadata/labels/app","value":"api"}]'
kubectl patch pod nginx --type=xml -p '{}'
kubectl patch pod nginx
kubectl patch pod nope -p '{}'
kubectl label pod nginx --list
