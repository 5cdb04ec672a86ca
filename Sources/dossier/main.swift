import ArgumentParser

Dossier.main()
