namespace SchemaGen.Runtime.Sql;

/// <summary>One statement cut out of a migration's SQL, with where it starts so errors can be located in the whole text.</summary>
internal readonly record struct SqlStatement(string Text, int Offset);
