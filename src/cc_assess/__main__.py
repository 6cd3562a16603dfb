from cc_assess.console import main

main()
