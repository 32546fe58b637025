kubectl version
kubectl version --client -o yaml
kubectl api-resources
kubectl api-resources --namespaced=false -o wide
kubectl api-versions
kubectl config view
kubectl config set-context --current --namespace=kube-system
kubectl config get-contexts
kubectl config set-context --current --namespace=default
kubectl explain pods
kubectl explain deploy.spec.strategy
kubectl explain deploy.spec.replicas
kubectl version --help
kubectl api-versions -h
kubectl cluster-info
kubectl foo
kubectl ap
kubectl port-forward pod/web 8080:80
kubectl port-forward --help
kubectl api-resources --sort-by=size
kubectl version --bad
