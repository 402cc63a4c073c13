import os, threading
r, w = os.pipe()
rf = open(r, 'rb', buffering=0); wf = open(w, 'wb', buffering=0)
out = []
def reader():
    out.append(rf.read(5))
th = threading.Thread(target=reader); th.start()
import time; time.sleep(0.1)
wf.write(b'hello'); th.join(); print(out)
rb = open(os.dup(r), 'rb'); 
def reader2(): out.append(rb.readline())
th = threading.Thread(target=reader2); th.start(); time.sleep(0.05); wf.write(b'line\n'); th.join(); print(out)
rf.close(); wf.close(); rb.close()
