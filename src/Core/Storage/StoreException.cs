namespace ClaimGraph.Storage;

/// <summary>
/// The store could not do what was asked for reasons outside the caller's input: it is unreachable, it refused the
/// credentials or the statement, or it ran out of its retry budget. Callers report the message and stop; nothing is half-written.
/// </summary>
public class StoreException : Exception
{
    public StoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
