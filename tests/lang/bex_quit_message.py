# quit(message): the message goes to stderr and the status is 1.
print('quitting')
quit('goodbye from quit')
