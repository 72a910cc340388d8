/// The version of chainaudit, as reports and `--version` print it.
public let chainauditVersion = "0.1.0"
