echo "hello, kubelab" && pwd
cat <<EOF > notes.txt
first line
home is $HOME
EOF
cat notes.txt | wc -l
grep -n home notes.txt
ls
ls nope
cat nope.yaml
nosuchcommand --flag
false || echo "false failed, so this ran"
echo 'single $HOME' "double $HOME"
sleep 90; date
timeout 3 sleep 10; echo "exit status $?"
