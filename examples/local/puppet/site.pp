# Applied on server2 by `puppet apply`: the role "db" in cloud.json names it.
file { '/etc/cloudmaker-role':
  ensure  => file,
  content => "db\n",
  mode    => '0644',
}
