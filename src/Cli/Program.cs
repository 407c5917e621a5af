using System.Text;
using SchemaGen.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return SchemaGenCli.Run(args, Console.Out, Console.Error,
    outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected);
