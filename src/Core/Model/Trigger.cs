using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>The identity of an object that belongs to a table (trigger, policy).</summary>
public readonly record struct TableMemberKey(QualifiedName Table, string Name);

/// <summary>A trigger as <c>pg_trigger</c> holds it.</summary>
public sealed class Trigger
{
    public Trigger(TableMemberKey key, SourceLocation location)
    {
        Key = key;
        Location = location;
    }

    public TableMemberKey Key { get; }
    public bool Constraint { get; set; }
    public string Timing { get; set; } = "AFTER";

    /// <summary>Events in the order PostgreSQL prints them: INSERT, DELETE, UPDATE, TRUNCATE.</summary>
    public List<string> Events { get; } = new();
    public List<string> UpdateColumns { get; } = new();
    public bool ForEachRow { get; set; }
    public QualifiedName? FromTable { get; set; }
    public bool Deferrable { get; set; }
    public bool InitiallyDeferred { get; set; }
    public string? OldTable { get; set; }
    public string? NewTable { get; set; }
    public Expression? When { get; set; }
    public QualifiedName Function { get; set; }
    public List<string> Arguments { get; } = new();

    /// <summary><c>pg_trigger.tgenabled</c>: O enabled, D disabled, R replica, A always.</summary>
    public char Enabled { get; set; } = 'O';
    public SourceLocation Location { get; set; }
}

/// <summary>A row level security policy as <c>pg_policy</c> holds it.</summary>
public sealed class Policy
{
    public Policy(TableMemberKey key, SourceLocation location)
    {
        Key = key;
        Location = location;
    }

    public TableMemberKey Key { get; set; }
    public bool Permissive { get; set; } = true;
    public string Command { get; set; } = "all";

    /// <summary>Role names, <c>public</c> for PUBLIC, sorted (PostgreSQL keeps a set of role ids).</summary>
    public List<string> Roles { get; set; } = new();
    public Expression? Using { get; set; }
    public Expression? Check { get; set; }
    public SourceLocation Location { get; set; }
}
