from .sections import main

main()
