using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    private void PlanSequences()
    {
        foreach (var sequence in _new.Sequences.Values)
        {
            var old = _old.Sequences.Find(sequence.Name);
            if (old == null)
            {
                if (!CreatedBySerialColumn(sequence)) CreateSequence(sequence);
                continue;
            }
            AlterSequence(old, sequence);
        }
        foreach (var old in _old.Sequences.Values.Where(s => !_new.Sequences.ContainsKey(s.Name)))
        {
            // A sequence owned by a dropped table or column goes with it.
            if (old.OwnedBy is { } owner && _new.Tables.Find(owner.Table)?.FindColumn(owner.Column) == null) continue;
            _plan.Add(Phase.DropSequences, $"DROP SEQUENCE {IfExists}{old.Name.ToSql()};", $"drop sequence {old.Name.Name}",
                Hazard(Diagnostics.DiagnosticRules.SequenceDropped, old.Name.ToString(), old.Location, old.Name.ToSql()));
        }
    }

    /// <summary>True when the column that owns the sequence is new and declared serial, so PostgreSQL creates it.</summary>
    private bool CreatedBySerialColumn(Sequence sequence)
    {
        if (sequence.OwnedBy is not { } owner) return false;
        var column = _new.Tables.Find(owner.Table)?.FindColumn(owner.Column);
        if (column?.SerialType == null) return false;
        var oldTable = _old.Tables.Find(owner.Table);
        return oldTable?.FindColumn(owner.Column) == null;
    }

    private void CreateSequence(Sequence sequence)
    {
        var clauses = SqlText.SequenceOptionClauses(sequence.Options, "bigint", includeType: true);
        var unlogged = sequence.Unlogged ? "UNLOGGED " : "";
        var sql = $"CREATE {unlogged}SEQUENCE {IfNotExists}{sequence.Name.ToSql()}" + (clauses.Count > 0 ? " " + string.Join(" ", clauses) : "") + ";";
        _plan.Add(Phase.CreateSequences, sql, $"create sequence {sequence.Name.Name}");
        if (sequence.OwnedBy is { } owner)
            _plan.Add(Phase.AlterSequences, $"ALTER SEQUENCE {sequence.Name.ToSql()} OWNED BY {owner.Table.ToSql()}.{Identifiers.Quote(owner.Column)};");
    }

    private void AlterSequence(Sequence old, Sequence sequence)
    {
        var name = sequence.Name.ToSql();
        var o = old.Options;
        var n = sequence.Options;
        var clauses = new List<string>();
        if (o.Type != n.Type) clauses.Add("AS " + n.Type);
        if (o.Increment != n.Increment) clauses.Add("INCREMENT BY " + n.Increment);
        if (o.MinValue != n.MinValue) clauses.Add("MINVALUE " + n.MinValue);
        if (o.MaxValue != n.MaxValue) clauses.Add("MAXVALUE " + n.MaxValue);
        if (o.Start != n.Start) clauses.Add("START WITH " + n.Start);
        if (o.Cache != n.Cache) clauses.Add("CACHE " + n.Cache);
        if (o.Cycle != n.Cycle) clauses.Add(n.Cycle ? "CYCLE" : "NO CYCLE");
        if (clauses.Count > 0)
            _plan.Add(Phase.AlterSequences, KeepValueInRange(sequence.Name, o, n, $"ALTER SEQUENCE {name} {string.Join(" ", clauses)}"),
                $"alter sequence {sequence.Name.Name}");
        if (old.OwnedBy != sequence.OwnedBy)
        {
            var owner = sequence.OwnedBy is { } by ? $"{by.Table.ToSql()}.{Identifiers.Quote(by.Column)}" : "NONE";
            // Before columns are dropped: dropping the old owner column would drop the sequence.
            _plan.Add(Phase.AlterColumns, $"ALTER SEQUENCE {name} OWNED BY {owner};", $"change owner of sequence {sequence.Name.Name}");
        }
        if (old.Unlogged != sequence.Unlogged)
            _plan.Add(Phase.AlterSequences, $"ALTER SEQUENCE {name} SET {(sequence.Unlogged ? "UNLOGGED" : "LOGGED")};");
    }

    /// <summary>
    /// PostgreSQL refuses a MINVALUE above, or a MAXVALUE below, the sequence's current value
    /// ("RESTART value cannot be less than MINVALUE"). When the range narrows, the statement runs
    /// in a block that moves an out-of-range value to the nearest bound in the same ALTER;
    /// a value inside the range stays where it is.
    /// </summary>
    private static string KeepValueInRange(QualifiedName sequence, SequenceOptions old, SequenceOptions @new, string alter)
    {
        var raisesMin = @new.MinValue > old.MinValue;
        var lowersMax = @new.MaxValue < old.MaxValue;
        if (!raisesMin && !lowersMax) return alter + ";";
        var current = $"(SELECT last_value FROM {sequence.ToSql()})";
        var body = "BEGIN\n";
        var keyword = "IF";
        if (raisesMin)
        {
            body += $"    {keyword} {current} < {@new.MinValue} THEN\n        {alter} RESTART WITH {@new.MinValue};\n";
            keyword = "ELSIF";
        }
        if (lowersMax)
            body += $"    {keyword} {current} > {@new.MaxValue} THEN\n        {alter} RESTART WITH {@new.MaxValue};\n";
        body += $"    ELSE\n        {alter};\n    END IF;\nEND\n";
        var tag = SqlText.DollarTag(body);
        return $"DO {tag}\n{body}{tag};";
    }
}
