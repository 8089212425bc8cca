namespace SendPlatform.ServiceDefaults.Errors;

/// <summary>Collects field violations while a request is validated, then throws them all at once.</summary>
public sealed class Violations
{
    private readonly List<FieldViolation> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<FieldViolation> Items => _items;

    public void Add(string field, string description) => _items.Add(new FieldViolation(field, description));

    public void ThrowIfAny()
    {
        if (Any) throw new RequestValidationException(_items);
    }
}
