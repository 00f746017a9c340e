using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimGraph.Api;

/// <summary>Collects per-parameter messages so one 400 response reports every bad parameter at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string parameter, string message)
    {
        if (!_errors.TryGetValue(parameter, out var messages))
        {
            messages = [];
            _errors[parameter] = messages;
        }

        messages.Add(message);
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(
            _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
            detail: "See 'errors' for what is wrong with each parameter.",
            title: "One or more parameters are invalid.");
}
