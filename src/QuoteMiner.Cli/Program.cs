using QuoteMiner.Cli;

return QuoteMinerCli.Run(args, Console.In, Console.Out, Console.Error);
