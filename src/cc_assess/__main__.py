from cc_assess.cli import main

main()
