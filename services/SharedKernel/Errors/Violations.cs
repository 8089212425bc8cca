namespace SendPlatform.SharedKernel.Errors;

/// <summary>Collects field violations while a request is validated, then throws them all at once.</summary>
public sealed class Violations
{
    private readonly List<FieldViolation> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<FieldViolation> Items => _items;

    public void Add(string field, string description) => _items.Add(new FieldViolation(field, description));

    public void ThrowIfAny()
    {
        if (Any) throw Refusal();
    }

    /// <summary>The refusal of everything collected, for <c>if (parsed is not { } p || v.Any) throw v.Refusal();</c>.</summary>
    public RequestValidationException Refusal() => new(_items);

    /// <summary>
    /// What a parse that recorded its problems here produced: throws every violation collected so far, or returns the
    /// parsed value, which is then never null. Lets a handler write <c>var plan = v.Checked(Parse(request, v));</c>.
    /// </summary>
    public T Checked<T>(T? parsed) where T : class
    {
        ThrowIfAny();
        return parsed ?? throw new InvalidOperationException($"A parse returned no {typeof(T).Name} but recorded no violation.");
    }

    /// <inheritdoc cref="Checked{T}(T)"/>
    public T Checked<T>(T? parsed) where T : struct
    {
        ThrowIfAny();
        return parsed ?? throw new InvalidOperationException($"A parse returned no {typeof(T).Name} but recorded no violation.");
    }
}
