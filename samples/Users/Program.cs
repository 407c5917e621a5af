// Placeholder: replaced by the runnable sample once the generator and runtime land.
System.Console.WriteLine("SchemaGen users sample");
