from .sections import main

if __name__ == "__main__":  # not when a spawned process (the Excel Import's) imports it
    main()
